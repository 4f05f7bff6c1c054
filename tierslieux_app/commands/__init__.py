"""Sub-commands of ``tierslieux``: each public module here has ``register(subparsers)``.

Modules are discovered at start (build.spec collects them for the frozen app);
each keeps its heavy imports inside its handler so that start-up stays fast.
"""
