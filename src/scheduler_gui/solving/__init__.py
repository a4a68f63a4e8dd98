"""Solving from the window: the solver runner (a worker process behind a
QThread), the Solve and Runs panels, and the controller that wires them to the
main window's Solve/Stop actions.  The main window builds the controller
(:class:`scheduler_gui.solving.controller.SolvingController`) and docks its
panels itself."""
