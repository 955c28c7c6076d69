"""an index of the earlier-involvement notices still to be given

The signal entry screen lists the one-time notices nobody has seen yet: a handful among a
million signals. Without an index of their own the list walked the signal-date index over
every signal (~10 s at the design scale, on the GUI thread); a partial index holds only them,
so registering a signal maintains it only for a signal that brings a notice.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 16:33:33
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

PENDING = "earlier_notice_seen = 0 AND earlier_organisation_id IS NOT NULL"


def upgrade() -> None:
    with op.batch_alter_table("signal", schema=None) as batch_op:
        batch_op.create_index(
            "ix_signal_pending_notice",
            ["signal_date", "id"],
            unique=False,
            sqlite_where=sa.text(PENDING),
        )


def downgrade() -> None:
    with op.batch_alter_table("signal", schema=None) as batch_op:
        batch_op.drop_index("ix_signal_pending_notice", sqlite_where=sa.text(PENDING))
