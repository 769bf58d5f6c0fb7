"""Parts-work storage: parts, dialogues, their schema and export."""
