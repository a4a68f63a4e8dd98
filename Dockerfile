# The timetabling service: one image for the API and the workers (docker-compose.yml).
# It holds the engine and its service extra only; the desktop application is not installed.
FROM python:3.11-slim

ENV PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    NUMBA_CACHE_DIR=/var/cache/schedule-engine/numba \
    SCHEDULE_ENGINE_HOST=0.0.0.0

WORKDIR /srv/schedule-engine
COPY engine/ engine/
RUN pip install --no-cache-dir "./engine[service]" \
    && useradd --system --create-home --home-dir /home/engine engine \
    && mkdir -p "$NUMBA_CACHE_DIR" && chown engine "$NUMBA_CACHE_DIR"

USER engine
# Compile the search kernels into numba's cache now, so that no job pays for it.
RUN python -c "from schedule_engine.solver.warmup import ensure_compiled; ensure_compiled()"

EXPOSE 8000
CMD ["schedule-engine", "serve"]
