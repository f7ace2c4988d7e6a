# Softmax Explorer as a container: docker build -t softmax-explorer . && docker run -p 8501:8501 softmax-explorer
# Hugging Face Spaces (sdk: docker) builds this file as it is; see docs/DEPLOY.md.
# tests/test_deploy.py parses this file and repeats its install and run steps in a clean venv.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# A non-root user; uid 1000 is the one Hugging Face Spaces runs containers as.
RUN useradd --create-home --uid 1000 app
WORKDIR /home/app/softmax-explorer

# Dependencies first, so a code change does not reinstall them.
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

COPY --chown=app:app . .
USER app

EXPOSE 8501
# The slim image has no curl; Python's urllib asks the same endpoint.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD python -c "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://localhost:8501/_stcore/health', timeout=4).read() != b'ok')"

# .streamlit/config.toml (copied above) holds the public-demo settings: uploads refused, message size
# limits, no error details. Headers (frame-ancestors) and rate limits need a proxy: docs/DEPLOY.md.
CMD ["streamlit", "run", "app.py", "--server.port=8501", "--server.address=0.0.0.0"]
