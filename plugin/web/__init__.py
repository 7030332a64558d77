"""The edge: the Starlette application, its middleware, the faces' static files and installation."""
