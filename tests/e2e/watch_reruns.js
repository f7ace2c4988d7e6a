// Added to every test page before Streamlit loads (tests/e2e/conftest.py: watch_reruns, wait_idle).
// Notes when the page last asked for a rerun, when the server last began and finished a run, and
// when the page last showed "notRunning", so that a test can tell "idle" from "a rerun is coming".
(() => {
  // The top-level fields of a protobuf message: [field number, varint value or [start, end) bytes].
  const fields = (bytes) => {
    const seen = [];
    let i = 0;
    const varint = () => {
      let value = 0;
      let factor = 1;
      let byte;
      do {
        byte = bytes[i++];
        value += (byte & 0x7f) * factor;
        factor *= 128;
      } while (byte & 0x80 && i < bytes.length);
      return value;
    };
    while (i < bytes.length) {
      const tag = varint();
      const wire = tag & 7;
      const field = Math.floor(tag / 8);
      if (wire === 0) seen.push([field, varint()]);
      else if (wire === 2) {
        const length = varint(); // read first: `i += varint()` would add to i's old value
        seen.push([field, [i, i + length]]);
        i += length;
      } else if (wire === 1) i += 8;
      else if (wire === 5) i += 4;
      else break;
    }
    return seen;
  };
  const numbers = (bytes) => fields(bytes).map(([field]) => field);

  const reruns = { asked: 0, began: 0, finished: 0, idle: 0 };
  window.__reruns = reruns;

  const RERUN_SCRIPT = 11; // BackMsg.rerun_script: a ClientState
  const IS_AUTO_RERUN = 6; // ClientState.is_auto_rerun: a fragment's run_every tick, not an action
  const NEW_SESSION = 4; // ForwardMsg.new_session: sent when any run begins, fragment runs too
  const SCRIPT_FINISHED = 6; // ForwardMsg.script_finished, and its status when a rerun follows:
  const FINISHED_EARLY_FOR_RERUN = 2; // the run was cut short or called st.rerun()

  const received = (data) => {
    if (!(data instanceof ArrayBuffer)) return; // Streamlit sets binaryType "arraybuffer"
    for (const [field, value] of fields(new Uint8Array(data))) {
      if (field === NEW_SESSION) reruns.began = performance.now();
      if (field === SCRIPT_FINISHED) {
        reruns.finished = performance.now();
        if (value === FINISHED_EARLY_FOR_RERUN) reruns.asked = reruns.finished; // the next run is coming
      }
    }
  };
  const sent = (data) => {
    const bytes = ArrayBuffer.isView(data)
      ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
      : data instanceof ArrayBuffer
        ? new Uint8Array(data)
        : null;
    if (!bytes) return;
    const [first] = fields(bytes);
    if (!first || first[0] !== RERUN_SCRIPT) return;
    const state = fields(bytes.subarray(first[1][0], first[1][1]));
    if (!state.some(([field, value]) => field === IS_AUTO_RERUN && value === 1)) reruns.asked = performance.now();
  };

  window.__rerunsParts = { numbers, sent, received }; // for the test of this file (test_frame_e2e)

  const send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (data) {
    if (!this.__watched) {
      this.__watched = true;
      this.addEventListener("message", (event) => received(event.data));
    }
    sent(data);
    return send.call(this, data);
  };

  // The moment the page itself shows "notRunning": messages are acted on a little after they arrive.
  new MutationObserver((changes) => {
    if (changes.some((c) => c.target.getAttribute("data-test-script-state") === "notRunning")) {
      reruns.idle = performance.now();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-test-script-state"] });
})();
