// Added to every test page before Streamlit loads (tests/e2e/conftest.py: watch_reruns, wait_idle).
// Notes when the page last asked for a rerun and when the server last began a run, so that a test
// can tell "idle" from "a rerun was asked for and has not begun yet".
(() => {
  // The top-level field numbers of a protobuf message (only they are needed, not their values).
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
      seen.push(Math.floor(tag / 8));
      if (wire === 0) varint();
      else if (wire === 2) {
        const length = varint(); // read first: `i += varint()` would add to i's old value
        i += length;
      } else if (wire === 1) i += 8;
      else if (wire === 5) i += 4;
      else break;
    }
    return seen;
  };

  const reruns = { asked: 0, began: 0, fields }; // fields: for the test of this file
  window.__reruns = reruns;

  const NEW_SESSION = 4; // ForwardMsg.new_session: sent when any run begins, fragment runs too
  const RERUN_SCRIPT_TAG = 0x5a; // BackMsg.rerun_script (field 11, length-delimited), its only field

  const send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (data) {
    if (!this.__watched) {
      this.__watched = true; // Streamlit sets binaryType "arraybuffer"
      this.addEventListener("message", (event) => {
        if (event.data instanceof ArrayBuffer && fields(new Uint8Array(event.data)).includes(NEW_SESSION)) {
          reruns.began = performance.now();
        }
      });
    }
    const bytes = ArrayBuffer.isView(data)
      ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
      : data instanceof ArrayBuffer
        ? new Uint8Array(data)
        : null;
    if (bytes && bytes[0] === RERUN_SCRIPT_TAG) reruns.asked = performance.now();
    return send.call(this, data);
  };
})();
