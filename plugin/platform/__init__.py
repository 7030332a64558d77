"""The platform room: how outcomes leave Recourse for the platform that holds the money, the stock
and the order (port.py: the operations; one adapter per platform)."""
