# Type stub: sqlcipher3 mirrors the standard sqlite3 module's DB-API, so its
# types are described by sqlite3's own stubs.
from sqlite3 import Connection as Connection
from sqlite3 import Cursor as Cursor
from sqlite3 import DatabaseError as DatabaseError
from sqlite3 import Error as Error
from sqlite3 import IntegrityError as IntegrityError
from sqlite3 import OperationalError as OperationalError
from sqlite3 import Row as Row
from sqlite3 import connect as connect

sqlite_version: str
