"""The Qt face of sisa-desk: widgets, screens, dialogs, item models and background work.

Widgets call ``sisa_desk.services`` and get dataclasses back; they never touch the database.
"""
