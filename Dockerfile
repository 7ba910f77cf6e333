FROM python:3.11-slim
WORKDIR /srv/entente
COPY pyproject.toml README.md ./
COPY app ./app
COPY ingest ./ingest
COPY cypher ./cypher
RUN pip install --no-cache-dir .
EXPOSE 8000
CMD ["entente", "serve", "--host", "0.0.0.0", "--port", "8000"]
