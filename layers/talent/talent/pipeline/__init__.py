"""The pipeline on Step Functions: stage glue, S3 payloads, SaveResults/MarkFailed, the results document.

- `registry`: the stages, written out once (`STAGES`: state, function, retries, label, budget, estimate);
- `contracts`: the events and outputs of every state (statemachine/pipeline.asl.json);
- `stages`: the four stage tasks (parse_jd, search_github, rank_candidates, generate_outreach);
- `storage`: the results bucket layout, projects/{project_id}/...;
- `finalize`: SaveResults and MarkFailed; `errors`: readable project errors;
- `results`: the results document and what the API calls (`load_project_results`, `delete_project_objects`).

Nothing is imported here, so `import talent.pipeline.results` stays cheap.
"""
