"""The API's request and response bodies, one module per function's routes, apart from the pipeline's
internal contracts (talent.pipeline.contracts) and the stored records (talent.*.records).

Nothing is imported here: a function's cold start loads only the module of its own routes.
- `accounts`: /auth/*; `runs`: POST /pipeline/run, GET /pipeline/status; `projects`: /projects/*;
  `suppressions`: /suppressions; `health`: /health. The error body is `talent.api.errors.ErrorResponse`.
"""
