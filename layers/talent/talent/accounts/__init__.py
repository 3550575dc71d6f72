"""Accounts: registration, login, sessions and the login lockout (logic + DynamoDB data access).

- `passwords`: the password policy and bcrypt hashing (pre-hashed: no 72-byte truncation);
- `tokens`: HS256 access tokens (PyJWT) and the signing key from Secrets Manager;
- `store`: the users and sessions tables;
- `service`: the use cases the auth function and `talent.api.auth.require_user` call.

Importing this package imports none of them: the shared auth dependency never loads bcrypt.
"""
