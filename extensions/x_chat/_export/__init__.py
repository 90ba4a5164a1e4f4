"""The export's internals: its values, files, checkpoint and job; `x_chat.export` is the API."""
