"""Settings: `base` holds everything, the others adjust it for one way of running.

- `development` — `make run`: embedded SQLite under var/, local huey worker on SQLite.
- `production`  — PostgreSQL, Redis-backed huey, HTTPS; passes `check --deploy`.
- `test`        — the test suite; the database comes from DATABASE_URL like everywhere else.
"""
