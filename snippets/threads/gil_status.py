"""Is this interpreter a free-threaded build, and is its GIL enabled?"""
import sys
import sysconfig

print("free-threaded build (Py_GIL_DISABLED):",  # (1)!
      bool(sysconfig.get_config_var("Py_GIL_DISABLED")))
print("GIL enabled in this interpreter:",  # (2)!
      getattr(sys, "_is_gil_enabled", lambda: True)())
