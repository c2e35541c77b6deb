# One image for the three services; docker-compose.yml picks the service with the command.
FROM python:3.11-slim
RUN pip install --no-cache-dir uv==0.13.9
WORKDIR /app
ENV UV_COMPILE_BYTECODE=1 UV_LINK_MODE=copy PATH="/app/.venv/bin:$PATH" PYTHONUNBUFFERED=1
COPY pyproject.toml uv.lock README.md ./
COPY schemas schemas
COPY runtime runtime
COPY services services
COPY src src
COPY kafka kafka
RUN uv sync --frozen --no-dev
RUN useradd --create-home pressflow && mkdir -p /inbox /data && chown pressflow /inbox /data
USER pressflow
EXPOSE 8000 8001
CMD ["python", "-m", "pressflow_store"]
