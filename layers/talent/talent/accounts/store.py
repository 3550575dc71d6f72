"""Data access for the users and sessions tables (low-level DynamoDB client; GetItem/UpdateItem/
TransactWriteItems/BatchGetItem only, never a Scan).

Users table (pk):
- `USER#<user_id>`: user_id, email, password_hash (bcrypt), created_at, last_login;
- `EMAIL#<email>`: user_id. The uniqueness guard: written in the same transaction as the user item,
  both with attribute_not_exists, so two registrations of one email can never both succeed;
- `LOGINFAIL#<source ip>#<email>`: failures, last_failure_at, expires_at (epoch s, the table's TTL
  attribute). Failed logins for one email from one address: they decide the progressive delay. Keyed
  by the normalised email, not by user: unknown emails are counted too, so the answer is the same
  whether or not an account exists; an address cannot contain '#', so the key is unambiguous.
- `LOGINFAILIP#<source ip>`: failures, last_failure_at, expires_at (TTL). Failed logins from one
  address for any email, in a fixed window: the per-address budget.
- `REGISTERIP#<source ip>`: failures (here: registrations), last_failure_at, expires_at (TTL).
  Registrations from one address in a fixed window: the registration throttle.
Only failures are written; a successful login deletes its (email, address) counter.
Sessions table (session_id): user_id, created_at, expires_at (TTL).
"""

from __future__ import annotations

from typing import Any

from talent.accounts.records import FailureCounter, SessionRecord, UserProfile, UserRecord
from talent.aws import conditional
from talent.errors import Unavailable

PROFILE_FIELDS = ("user_id", "email", "created_at", "last_login")


class EmailTaken(Exception):
    """Another account already has this email."""


class UserGone(Exception):
    """The user item disappeared between reading it and writing the session."""


class FailuresRaced(Exception):
    """Failed logins for this email and address were recorded while this login checked its password."""


def _user_key(user_id: str) -> dict[str, Any]:
    return {"pk": {"S": f"USER#{user_id}"}}


def _email_key(email: str) -> dict[str, Any]:
    return {"pk": {"S": f"EMAIL#{email}"}}


def _pair_key(email: str, source_ip: str) -> dict[str, Any]:
    return {"pk": {"S": f"LOGINFAIL#{source_ip}#{email}"}}


def _address_key(source_ip: str) -> dict[str, Any]:
    return {"pk": {"S": f"LOGINFAILIP#{source_ip}"}}


def _register_key(source_ip: str) -> dict[str, Any]:
    return {"pk": {"S": f"REGISTERIP#{source_ip}"}}


def _counter(item: dict[str, Any]) -> FailureCounter:
    return FailureCounter(
        failures=_number(item, "failures"),
        last_failure_at=_number(item, "last_failure_at"),
        expires_at=_number(item, "expires_at"),
    )


def _text(item: dict[str, Any], name: str) -> str | None:
    value = item.get(name)
    return value["S"] if value and "S" in value else None


def _number(item: dict[str, Any], name: str) -> int:
    return int(item[name]["N"])


def _user(item: dict[str, Any]) -> UserRecord:
    return UserRecord(
        user_id=item["user_id"]["S"],
        email=item["email"]["S"],
        password_hash=item["password_hash"]["S"],
        created_at=item["created_at"]["S"],
        last_login=_text(item, "last_login"),
    )


def _session(item: dict[str, Any]) -> SessionRecord:
    return SessionRecord(
        session_id=item["session_id"]["S"],
        user_id=item["user_id"]["S"],
        created_at=item["created_at"]["S"],
        expires_at=_number(item, "expires_at"),
    )


def _cancellation_codes(error: Exception) -> list[str]:
    reasons = getattr(error, "response", {}).get("CancellationReasons") or []
    return [reason.get("Code", "None") for reason in reasons]


class AccountsStore:
    def __init__(self, client: Any, users_table: str, sessions_table: str) -> None:
        self.client = client
        self.users_table = users_table
        self.sessions_table = sessions_table

    # ---- users ----
    def create_user(self, user: UserRecord) -> None:
        """Insert the user and claim its email in one transaction; EmailTaken if the email is claimed."""
        user_item: dict[str, Any] = {
            **_user_key(user.user_id),
            "user_id": {"S": user.user_id},
            "email": {"S": user.email},
            "password_hash": {"S": user.password_hash},
            "created_at": {"S": user.created_at},
        }
        if user.last_login:
            user_item["last_login"] = {"S": user.last_login}
        email_item = {**_email_key(user.email), "user_id": {"S": user.user_id}}
        from botocore.exceptions import ClientError  # lazy, as boto3 is (talent.aws)

        try:
            self.client.transact_write_items(
                TransactItems=[
                    {
                        "Put": {
                            "TableName": self.users_table,
                            "Item": email_item,
                            "ConditionExpression": "attribute_not_exists(pk)",
                        }
                    },
                    {
                        "Put": {
                            "TableName": self.users_table,
                            "Item": user_item,
                            "ConditionExpression": "attribute_not_exists(pk)",
                        }
                    },
                ]
            )
        except ClientError as error:  # its code, not the client's class (talent.aws.conditional)
            if _cancellation_codes(error)[:1] == ["ConditionalCheckFailed"]:
                raise EmailTaken(user.email) from None
            raise

    def get_user(self, user_id: str) -> UserRecord | None:
        item = self.client.get_item(
            TableName=self.users_table, Key=_user_key(user_id), ConsistentRead=True
        ).get("Item")
        return _user(item) if item else None

    def find_user_by_email(self, email: str) -> UserRecord | None:
        guard = self.client.get_item(
            TableName=self.users_table, Key=_email_key(email), ConsistentRead=True
        ).get("Item")
        return self.get_user(guard["user_id"]["S"]) if guard else None

    # ---- failed logins (the login throttle) ----
    def get_login_failures(
        self, email: str, source_ip: str
    ) -> tuple[FailureCounter | None, FailureCounter | None]:
        """The (email, address) counter and the address's counter, in one BatchGetItem."""
        pair, address = _pair_key(email, source_ip), _address_key(source_ip)
        items = self._batch_get(
            {self.users_table: {"Keys": [pair, address], "ConsistentRead": True}},
            "Could not check recent failed logins; try again",
        )
        found = {item["pk"]["S"]: _counter(item) for item in items.get(self.users_table, [])}
        return found.get(pair["pk"]["S"]), found.get(address["pk"]["S"])

    def record_login_failure(
        self, email: str, source_ip: str, now_s: int, *, memory_s: int, address_window_s: int
    ) -> tuple[FailureCounter, FailureCounter]:
        """Count one failure for (email, address) and one for the address, each with an atomic ADD.

        The pair's counter is kept `memory_s` after its latest failure (a sliding window); the
        address's counts failures in a fixed window of `address_window_s` from its first one."""
        pair = self._count_failure(_pair_key(email, source_ip), now_s, memory_s, sliding=True)
        address = self._count_failure(_address_key(source_ip), now_s, address_window_s, sliding=False)
        return pair, address

    def record_registration(self, source_ip: str, now_s: int, window_s: int) -> FailureCounter:
        """Count one registration from the address (atomic ADD) in a fixed window of `window_s` from
        its first; the counter as it is now (`failures`: the registrations in the window)."""
        return self._count_failure(_register_key(source_ip), now_s, window_s, sliding=False)

    def _count_failure(
        self, key: dict[str, Any], now_s: int, window_s: int, *, sliding: bool
    ) -> FailureCounter:
        """Add one to the counter at `key` atomically (UpdateItem ADD) and return it.

        TTL deletes late, so a counter whose window has passed is restarted here, not added to."""
        ends = ":ends" if sliding else "if_not_exists(expires_at, :ends)"
        for _ in range(3):
            response = conditional(
                self.client.update_item,
                TableName=self.users_table,
                Key=key,
                UpdateExpression=f"ADD failures :one SET last_failure_at = :now, expires_at = {ends}",
                ConditionExpression="attribute_not_exists(pk) OR expires_at > :now",
                ExpressionAttributeValues={
                    ":one": {"N": "1"},
                    ":ends": {"N": str(now_s + window_s)},
                    ":now": {"N": str(now_s)},
                },
                ReturnValues="ALL_NEW",
            )
            if response is not None:
                return _counter(response["Attributes"])
            # The window has passed: start a new one, unless a concurrent request just did.
            restarted = conditional(
                self.client.put_item,
                TableName=self.users_table,
                Item={
                    **key,
                    "failures": {"N": "1"},
                    "last_failure_at": {"N": str(now_s)},
                    "expires_at": {"N": str(now_s + window_s)},
                },
                ConditionExpression="expires_at <= :now",
                ExpressionAttributeValues={":now": {"N": str(now_s)}},
            )
            if restarted is not None:
                return FailureCounter(failures=1, last_failure_at=now_s, expires_at=now_s + window_s)
        raise Unavailable("The login counter is busy; try again")

    # ---- sessions ----
    def start_session(
        self,
        session: SessionRecord,
        *,
        email: str,
        source_ip: str,
        failures_seen: int,
        now_s: int,
        new_password_hash: str | None = None,
    ) -> None:
        """One transaction: write the session, set the user's last_login (and an upgraded hash), and
        delete the (email, address) failure counter, provided it holds no more than the
        `failures_seen` this login was allowed with (or has expired). UserGone if the user was deleted
        meanwhile; FailuresRaced if failures were recorded since (parallel guesses: check again)."""
        update = "SET last_login = :login"
        values: dict[str, Any] = {":login": {"S": session.created_at}}
        if new_password_hash:
            update += ", password_hash = :hash"
            values[":hash"] = {"S": new_password_hash}
        from botocore.exceptions import ClientError  # lazy, as boto3 is (talent.aws)

        try:
            self.client.transact_write_items(
                TransactItems=[
                    {
                        "Put": {
                            "TableName": self.sessions_table,
                            "Item": {
                                "session_id": {"S": session.session_id},
                                "user_id": {"S": session.user_id},
                                "created_at": {"S": session.created_at},
                                "expires_at": {"N": str(session.expires_at)},
                            },
                            "ConditionExpression": "attribute_not_exists(session_id)",
                        }
                    },
                    {
                        "Update": {
                            "TableName": self.users_table,
                            "Key": _user_key(session.user_id),
                            "UpdateExpression": update,
                            "ConditionExpression": "attribute_exists(pk)",
                            "ExpressionAttributeValues": values,
                        }
                    },
                    {
                        "Delete": {
                            "TableName": self.users_table,
                            "Key": _pair_key(email, source_ip),
                            "ConditionExpression": (
                                "attribute_not_exists(pk) OR failures <= :seen OR expires_at <= :now"
                            ),
                            "ExpressionAttributeValues": {
                                ":seen": {"N": str(failures_seen)},
                                ":now": {"N": str(now_s)},
                            },
                        }
                    },
                ]
            )
        except ClientError as error:  # its code, not the client's class (talent.aws.conditional)
            codes = _cancellation_codes(error)
            if codes[1:2] == ["ConditionalCheckFailed"]:
                raise UserGone(session.user_id) from None
            if codes[2:3] == ["ConditionalCheckFailed"]:
                raise FailuresRaced() from None
            raise

    def get_session(self, session_id: str) -> SessionRecord | None:
        item = self.client.get_item(
            TableName=self.sessions_table, Key={"session_id": {"S": session_id}}, ConsistentRead=True
        ).get("Item")
        return _session(item) if item else None

    def get_session_and_user(
        self, session_id: str, user_id: str
    ) -> tuple[SessionRecord | None, UserProfile | None]:
        """Both items in one BatchGetItem (strongly consistent, so a logout counts at once).

        The user's password hash is not read. Keys DynamoDB leaves unprocessed are asked for once
        more; so an authenticated request costs one DynamoDB call, two at worst."""
        request: dict[str, Any] = {
            self.sessions_table: {"Keys": [{"session_id": {"S": session_id}}], "ConsistentRead": True},
            self.users_table: {
                "Keys": [_user_key(user_id)],
                "ConsistentRead": True,
                "ProjectionExpression": ", ".join(f"#{name}" for name in PROFILE_FIELDS),
                "ExpressionAttributeNames": {f"#{name}": name for name in PROFILE_FIELDS},
            },
        }
        found = self._batch_get(request, "Could not check the session; try again")
        sessions = found.get(self.sessions_table, [])
        users = found.get(self.users_table, [])
        session = _session(sessions[0]) if sessions else None
        user = (
            UserProfile.model_validate({name: _text(users[0], name) for name in PROFILE_FIELDS})
            if users
            else None
        )
        return session, user

    def _batch_get(self, request: dict[str, Any], busy: str) -> dict[str, list[dict[str, Any]]]:
        """The items of a BatchGetItem by table. Keys DynamoDB leaves unprocessed are asked for once
        more, so this is one DynamoDB call, two at worst."""
        found: dict[str, list[dict[str, Any]]] = {}
        for _ in range(2):
            response = self.client.batch_get_item(RequestItems=request)
            for table, items in response.get("Responses", {}).items():
                found.setdefault(table, []).extend(items)
            request = response.get("UnprocessedKeys") or {}
            if not request:
                return found
        raise Unavailable(busy)

    def delete_session(self, session_id: str) -> None:
        self.client.delete_item(TableName=self.sessions_table, Key={"session_id": {"S": session_id}})
