"""The platform room: how outcomes leave Recourse (the port, its Shopify and manual implementations) and the local Shopify emulator."""
