"""The figures of the measurements page: what it costs to create a process or a
thread, what fork() costs against the parent's resident memory (and
posix_spawn() over the same range), and what a child's first write to each page
of a copy-on-write buffer costs. A benchmark: it prints figures and asserts
nothing.

Two steps, so that the plots can always be made again from the data alone:

    python3 scripts/measure.py run [--quick] [--out DIR ...]
        measures; writes one CSV file per experiment (raw samples, one row per
        run) and machine.json (the machine, the versions, the command) into
        each DIR (default: docs/zh/assets/measurements and
        docs/en/assets/measurements, identical copies). Standard library only.

    python3 scripts/measure.py plot [--data DIR] [--root DIR]
        reads those files; writes the SVG plots of both languages, light and
        dark (ROOT/docs/<lang>/assets/measurements/<name>-<scheme>.svg), and
        the rows of the tables that the pages include
        (ROOT/snippets/measurements/<name>.md). ROOT defaults to this
        repository. Needs matplotlib. The same CSV gives byte-identical files.

`make measure` runs both into the committed places. `--quick` (tiny sizes, a
few runs, a few seconds) is what tests/test_measurements.py runs, so that the
script cannot rot; it needs an explicit --out, so that it never overwrites the
committed data.
"""
import argparse
import csv
import datetime
import gc
import json
import mmap
import os
import platform
import shlex
import statistics
import struct
import subprocess
import sys
import threading
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("zh", "en")
SCHEMES = ("light", "dark")
ASSETS = "docs/{lang}/assets/measurements"
FRAGMENTS = "snippets/measurements"
TRUE = "/bin/true"
MiB = 1 << 20
PAGE = mmap.PAGESIZE
MARGIN = 512 * MiB            # memory left free beside the largest buffer

FULL = {
    "creation_runs": 400, "creation_warmup": 20,
    "memory_sizes_mib": [1 << k for k in range(12)],        # 1 MiB ... 2 GiB
    "memory_runs": 30, "memory_warmup": 3,
    "cow_pages": [4 ** k for k in range(9)],                 # 1 ... 65,536 pages
    "cow_runs": 30, "cow_warmup": 3,
}
QUICK = {
    "creation_runs": 6, "creation_warmup": 1,
    "memory_sizes_mib": [1, 2, 4],
    "memory_runs": 3, "memory_warmup": 1,
    "cow_pages": [1, 16, 256],
    "cow_runs": 3, "cow_warmup": 1,
}

CREATION_METHODS = ("thread", "fork", "fork_exec", "posix_spawn", "subprocess_run")
MEMORY_METHODS = ("fork", "fork_call", "posix_spawn")
COW_METHODS = ("first_write", "second_write")
CSV_COLUMNS = {
    "creation": ("method", "run", "nanoseconds"),
    "fork-memory": ("method", "buffer_bytes", "parent_rss_bytes", "run", "nanoseconds"),
    "cow": ("method", "pages", "run", "nanoseconds"),
}
MACHINE_KEYS = ("cpu_model", "cpus", "cpus_usable", "memory_bytes", "kernel", "architecture",
                "glibc", "python", "page_size", "transparent_hugepage", "date", "command",
                "quick", "parameters", "skipped_sizes_mib", "creation_parent_rss_bytes",
                "load_average_before", "duration_seconds")


# ---------------------------------------------------------------- measuring

def _nothing():
    pass


def _check(status, what):
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{what}: the child ended with wait status {status}")


def create_thread():
    t = threading.Thread(target=_nothing)
    t.start()
    t.join()


def create_fork():
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    _check(os.waitpid(pid, 0)[1], "fork")


def create_fork_exec():
    pid = os.fork()
    if pid == 0:
        try:
            os.execv(TRUE, [TRUE])
        finally:
            os._exit(127)
    _check(os.waitpid(pid, 0)[1], "fork+exec")


def create_posix_spawn():
    pid = os.posix_spawn(TRUE, [TRUE], os.environ)
    _check(os.waitpid(pid, 0)[1], "posix_spawn")


def create_subprocess_run():
    subprocess.run([TRUE], check=True)


CREATORS = {"thread": create_thread, "fork": create_fork, "fork_exec": create_fork_exec,
            "posix_spawn": create_posix_spawn, "subprocess_run": create_subprocess_run}


def timed(fn):
    t0 = time.perf_counter_ns()
    fn()
    return time.perf_counter_ns() - t0


def rotated(seq, r):
    """The methods in a different order in each round, so that no method
    always follows the same other one."""
    r %= len(seq)
    return seq[r:] + seq[:r]


def measure_creation(p):
    rows = []
    methods = list(CREATION_METHODS)
    for r in range(p["creation_warmup"] + p["creation_runs"]):
        for m in rotated(methods, r):
            ns = timed(CREATORS[m])
            if r >= p["creation_warmup"]:
                rows.append((m, r - p["creation_warmup"], ns))
    return rows


def meminfo(field):
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    raise KeyError(field)


def rss_bytes():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    raise KeyError("VmRSS")


def filled_buffer(size):
    """Anonymous private memory in base pages, one byte written in every page,
    so that every page is resident and mapped by a page-table entry."""
    buf = mmap.mmap(-1, size, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS)
    if hasattr(mmap, "MADV_NOHUGEPAGE"):
        buf.madvise(mmap.MADV_NOHUGEPAGE)
    for off in range(0, size, PAGE):
        buf[off] = 1
    return buf


def fork_and_wait():
    """fork() + _exit() + waitpid(); returns (whole, until fork() returned)."""
    t0 = time.perf_counter_ns()
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    t1 = time.perf_counter_ns()
    _check(os.waitpid(pid, 0)[1], "fork")
    return time.perf_counter_ns() - t0, t1 - t0


def measure_memory(p, skipped, log):
    rows = []
    for mib in p["memory_sizes_mib"]:
        size = mib * MiB
        available = meminfo("MemAvailable")
        if size + MARGIN > available:
            skipped.append(mib)
            log(f"  {mib} MiB skipped: {available // MiB} MiB available, "
                f"{(size + MARGIN) // MiB} MiB needed")
            continue
        buf = filled_buffer(size)
        rss = rss_bytes()
        try:
            for r in range(p["memory_warmup"] + p["memory_runs"]):
                for m in rotated(["fork", "posix_spawn"], r):
                    if m == "fork":
                        whole, call = fork_and_wait()
                        found = [("fork", whole), ("fork_call", call)]
                    else:
                        found = [("posix_spawn", timed(create_posix_spawn))]
                    if r >= p["memory_warmup"]:
                        rows += [(name, size, rss, r - p["memory_warmup"], ns)
                                 for name, ns in found]
        finally:
            buf.close()
        log(f"  {mib} MiB done")
    return rows


def cow_child(buf, pages, wfd):
    """In the child: write one byte in each page twice, timing each pass."""
    offsets = range(0, pages * PAGE, PAGE)
    t0 = time.perf_counter_ns()
    for off in offsets:
        buf[off] = 2
    t1 = time.perf_counter_ns()
    for off in offsets:
        buf[off] = 3
    t2 = time.perf_counter_ns()
    os.write(wfd, struct.pack("=qq", t1 - t0, t2 - t1))


def measure_cow(p, log):
    rows = []
    for pages in p["cow_pages"]:
        buf = filled_buffer(pages * PAGE)
        try:
            for r in range(p["cow_warmup"] + p["cow_runs"]):
                rfd, wfd = os.pipe()
                pid = os.fork()
                if pid == 0:
                    code = 1            # a failure in the child shows in its wait status
                    try:
                        os.close(rfd)
                        cow_child(buf, pages, wfd)
                        code = 0
                    finally:
                        os._exit(code)
                os.close(wfd)
                with os.fdopen(rfd, "rb") as f:
                    data = f.read()
                _check(os.waitpid(pid, 0)[1], "copy-on-write child")
                first, second = struct.unpack("=qq", data)
                if r >= p["cow_warmup"]:
                    rows += [("first_write", pages, r - p["cow_warmup"], first),
                             ("second_write", pages, r - p["cow_warmup"], second)]
        finally:
            buf.close()
        log(f"  {pages} pages done")
    return rows


def cpu_model():
    keys = ("model name", "Model", "cpu model", "Hardware")
    with open("/proc/cpuinfo") as f:
        for line in f:
            key, _, value = line.partition(":")
            if key.strip() in keys and value.strip():
                return value.strip()
    return platform.processor() or "unknown"


def transparent_hugepage():
    try:
        text = Path("/sys/kernel/mm/transparent_hugepage/enabled").read_text()
    except OSError:
        return "unknown"
    return text[text.index("[") + 1:text.index("]")] if "[" in text else text.strip()


def machine(p, quick, argv):
    return {
        "cpu_model": cpu_model(),
        "cpus": os.cpu_count(),
        "cpus_usable": len(os.sched_getaffinity(0)),
        "memory_bytes": meminfo("MemTotal"),
        "kernel": platform.release(),
        "architecture": platform.machine(),
        "glibc": os.confstr("CS_GNU_LIBC_VERSION") or "unknown",
        "python": platform.python_version(),
        "page_size": PAGE,
        "transparent_hugepage": transparent_hugepage(),
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%MZ"),
        "command": shlex.join(["python3", "scripts/measure.py", *argv]),
        "quick": quick,
        "parameters": p,
        "load_average_before": [round(x, 2) for x in os.getloadavg()],
    }


def write_csv(path, columns, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(columns)
        w.writerows(rows)


def run(args, argv):
    if args.quick and not args.out:
        sys.exit("--quick needs --out DIR: it must not overwrite the committed data")
    outs = [Path(d) for d in (args.out or [ROOT / ASSETS.format(lang=lang) for lang in LANGS])]
    p = QUICK if args.quick else FULL
    log = (lambda msg: None) if args.quiet else (lambda msg: print(msg, file=sys.stderr, flush=True))
    info = machine(p, args.quick, argv)
    start = time.perf_counter()
    gc.collect()
    gc.disable()                    # no collection in the middle of a timed run
    # Python 3.12+ warns when it forks while the kernel still counts another
    # thread: here, a thread already joined whose exit has not quite finished.
    # The children only _exit() or exec, so the warning does not apply.
    warnings.filterwarnings("ignore", message=r"This process .* is multi-threaded",
                            category=DeprecationWarning)
    try:
        info["creation_parent_rss_bytes"] = rss_bytes()
        log("creation ...")
        creation = measure_creation(p)
        log("copy-on-write ...")
        cow = measure_cow(p, log)
        log("fork against memory ...")
        skipped = []
        memory = measure_memory(p, skipped, log)
    finally:
        gc.enable()
    info["skipped_sizes_mib"] = skipped
    info["duration_seconds"] = round(time.perf_counter() - start, 1)
    for out in outs:
        out.mkdir(parents=True, exist_ok=True)
        write_csv(out / "creation.csv", CSV_COLUMNS["creation"], creation)
        write_csv(out / "fork-memory.csv", CSV_COLUMNS["fork-memory"], memory)
        write_csv(out / "cow.csv", CSV_COLUMNS["cow"], cow)
        (out / "machine.json").write_text(json.dumps(info, indent=2, ensure_ascii=False) + "\n",
                                          encoding="utf-8")
    log(f"done in {info['duration_seconds']} s; written to " + ", ".join(map(str, outs)))


# ----------------------------------------------------------------- plotting

def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def spread(samples):
    """Median, 10th and 90th percentile (linear interpolation)."""
    s = sorted(samples)
    if len(s) == 1:
        return s[0], s[0], s[0]
    q = statistics.quantiles(s, n=10, method="inclusive")
    return statistics.median(s), q[0], q[8]


NBSP = "\u00a0"    # table cells break before "(", never inside a figure...
WJ = "\u2060"      # ...nor after the dash of a range (a line may break after "–")


def fmt_time(ns, sign=False):
    """Three significant digits in ns, µs, ms or s."""
    v, unit = float(ns), "ns"
    for u in ("µs", "ms", "s"):
        if abs(v) < 999.5:
            break
        v, unit = v / 1000, u
    text = f"{v:.3g}" if abs(v) >= 1 else f"{v:.2g}"
    if "e" in text:
        text = f"{v:.0f}"
    return f"{'+' if sign and v > 0 else ''}{text}{NBSP}{unit}".replace("-", "−")


def fmt_range(lo, hi):
    """p10 – p90, the unit written once when both share it: "1.35 – 15.3 ms"."""
    a, b = fmt_time(lo), fmt_time(hi)
    if a.split(NBSP)[1] == b.split(NBSP)[1]:
        a = a.split(NBSP)[0]
    return f"{a}{NBSP}–{WJ}{NBSP}{b}"


def fmt_bytes(n):
    v, unit = n / MiB, "MiB"
    if v >= 1024:
        v, unit = v / 1024, "GiB"
    if v < 1:
        v, unit = n / 1024, "KiB"
    return f"{v:.3g}{NBSP}{unit}" if v != int(v) else f"{int(v)}{NBSP}{unit}"


def fmt_ratio(r):
    return f"{r:.3g}×"


def fmt_count(n):
    return f"{n:,}"


def row(*cells):
    return "| " + " | ".join(cells) + " |"


METHOD_CODE = {
    "thread": "`Thread.start()` + `join()`",
    "fork": "`fork()` + `_exit()` + `waitpid()`",
    "fork_exec": "`fork()` + `execv()` + `waitpid()`",
    "posix_spawn": "`posix_spawn()` + `waitpid()`",
    "subprocess_run": "`subprocess.run()`",
    "fork_call": "`fork()`",
}

TEXT = {
    "en": {
        "creation_title": "Creating a thread or a process and waiting for it to end",
        "creation_x": "time per creation, start to end of waiting (log scale)",
        "creation_labels": {
            "thread": "thread\nstart() + join()",
            "fork": "fork() + _exit()\n+ waitpid()",
            "fork_exec": "fork() + exec /bin/true\n+ waitpid()",
            "posix_spawn": "posix_spawn /bin/true\n+ waitpid()",
            "subprocess_run": "subprocess.run\n(['/bin/true'])",
        },
        "memory_title": "Creating a child from a parent with more and more memory",
        "memory_x": "memory the parent has written before creating the child (log scale)",
        "time_y": "time (log scale)",
        "memory_labels": {
            "fork": "fork() + _exit() + waitpid()",
            "fork_call": "fork() alone, until it returns in the parent",
            "posix_spawn": "posix_spawn(/bin/true) + waitpid()",
        },
        "cow_title": "A child writing to the pages it shares with its parent",
        "cow_x": "pages the child writes ({page} each, log scale)",
        "cow_y": "time measured in the child (log scale)",
        "cow_labels": {
            "first_write": "first write to each page (copy-on-write fault and copy)",
            "second_write": "second write to the same pages (already the child's own)",
        },
        "band": "band: 10th to 90th percentile; points: medians",
    },
    "zh": {
        "creation_title": "创建一个线程或进程并等它结束",
        "creation_x": "每次创建的耗时，从开始创建到等待结束（对数坐标）",
        "creation_labels": {
            "thread": "线程\nstart() + join()",
            "fork": "fork() + _exit()\n+ waitpid()",
            "fork_exec": "fork() + exec /bin/true\n+ waitpid()",
            "posix_spawn": "posix_spawn /bin/true\n+ waitpid()",
            "subprocess_run": "subprocess.run\n(['/bin/true'])",
        },
        "memory_title": "父进程内存越来越大时，创建一个子进程的耗时",
        "memory_x": "创建子进程之前父进程已写入的内存（对数坐标）",
        "time_y": "耗时（对数坐标）",
        "memory_labels": {
            "fork": "fork() + _exit() + waitpid()",
            "fork_call": "仅 fork() 调用，到它在父进程中返回为止",
            "posix_spawn": "posix_spawn(/bin/true) + waitpid()",
        },
        "cow_title": "子进程写它与父进程共享的页",
        "cow_x": "子进程写入的页数（每页 {page}，对数坐标）",
        "cow_y": "在子进程中测得的耗时（对数坐标）",
        "cow_labels": {
            "first_write": "第一次写每一页（缺页异常，复制该页）",
            "second_write": "再写一遍同样这些页（已是子进程自己的页）",
        },
        "band": "色带：第 10 至第 90 百分位；圆点：中位数",
    },
}

THEMES = {
    "light": {"fg": "#1f1f1f", "muted": "#555555", "grid": "#d9d9d9",
              "colors": ("#3949ab", "#c43e00", "#2e7d32")},
    "dark": {"fg": "#e8eaed", "muted": "#b8bcc4", "grid": "#464a55",
             "colors": ("#9fa8ff", "#ffab80", "#8fd694")},
}
# Text is measured with DejaVu Sans, which matplotlib ships, so that the layout
# (and the bytes of the SVG) do not depend on the fonts of the machine that
# plots; the SVG then names fonts that have CJK glyphs first, for the browser.
MEASURE_FONT = "DejaVu Sans"
SVG_FONTS = ("'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Hiragino Sans GB', "
             "'Microsoft YaHei', 'WenQuanYi Micro Hei', 'DejaVu Sans', sans-serif")
WIDTH, HEIGHT = 720, 432          # px; the SVG's width and height, and the page's


def setup_matplotlib():
    import matplotlib
    matplotlib.use("Agg")
    # CJK text is measured with DejaVu Sans, which has no CJK glyph: say nothing about it.
    warnings.filterwarnings("ignore", message=r"Glyph .* missing from font")
    import matplotlib.pyplot as plt
    return plt


def style(plt, scheme):
    t = THEMES[scheme]
    plt.rcdefaults()
    plt.rcParams.update({
        "svg.fonttype": "none",
        "svg.hashsalt": "processes-and-threads-by-example",
        "font.family": "sans-serif",
        "font.sans-serif": [MEASURE_FONT],
        "font.size": 14,
        "axes.titlesize": 15,
        "axes.labelsize": 14,
        "xtick.labelsize": 13,
        "ytick.labelsize": 13,
        "legend.fontsize": 13,
        "text.color": t["fg"],
        "axes.labelcolor": t["fg"],
        "axes.edgecolor": t["muted"],
        "axes.titlecolor": t["fg"],
        "xtick.color": t["muted"],
        "ytick.color": t["muted"],
        "xtick.labelcolor": t["fg"],
        "ytick.labelcolor": t["fg"],
        "grid.color": t["grid"],
        "grid.linewidth": 0.7,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.facecolor": "none",
        "figure.facecolor": "none",
        "savefig.facecolor": "none",
        "lines.linewidth": 2.2,
        "lines.markersize": 6,
    })
    return t


def time_formatter():
    from matplotlib.ticker import FuncFormatter

    def f(v, _pos):
        return fmt_time(v * 1000) if v > 0 else ""
    return FuncFormatter(f)


def log_time_axis(axis):
    """Log scale in µs, major ticks at powers of ten labelled with units."""
    from matplotlib.ticker import LogLocator, NullFormatter
    axis.set_major_locator(LogLocator(base=10))
    axis.set_major_formatter(time_formatter())
    axis.set_minor_locator(LogLocator(base=10, subs=tuple(range(2, 10))))
    axis.set_minor_formatter(NullFormatter())


def save(fig, path):
    import io
    buf = io.StringIO()
    fig.savefig(buf, format="svg", metadata={"Date": None})
    svg = buf.getvalue()
    svg = svg.replace(f'width="{WIDTH}pt" height="{HEIGHT}pt"', f'width="{WIDTH}" height="{HEIGHT}"', 1)
    svg = svg.replace(f"font-family: '{MEASURE_FONT}', sans-serif", f"font-family: {SVG_FONTS}")
    path.write_text(svg, encoding="utf-8")


def plot_creation(plt, data, lang, scheme, path):
    t, text = style(plt, scheme), TEXT[lang]
    methods = [m for m in CREATION_METHODS if data.get(m)][::-1]     # thread at the top
    samples = [[ns / 1000 for ns in data[m]] for m in methods]       # µs
    fig = plt.figure(figsize=(WIDTH / 72, HEIGHT / 72))
    ax = fig.add_axes((0.30, 0.14, 0.64, 0.76))
    c = t["colors"][0]
    ax.boxplot(samples, orientation="horizontal", whis=(10, 90), showfliers=False,
               patch_artist=True, widths=0.55, tick_labels=[text["creation_labels"][m] for m in methods],
               boxprops={"facecolor": c + "55", "edgecolor": c, "linewidth": 1.4},
               whiskerprops={"color": c, "linewidth": 1.4}, capprops={"color": c, "linewidth": 1.4},
               medianprops={"color": t["fg"], "linewidth": 2.4})
    ax.set_xscale("log")
    log_time_axis(ax.xaxis)
    lo = min(spread(s)[1] for s in samples)
    hi = max(spread(s)[2] for s in samples)
    ax.set_xlim(lo / 2, hi * 6)
    for i, s in enumerate(samples, start=1):
        med, _, p90 = spread(s)
        ax.text(p90 * 1.12, i, fmt_time(med * 1000), va="center", ha="left", fontsize=13)
    ax.grid(True, axis="x", which="major")
    ax.tick_params(axis="y", length=0)
    ax.set_xlabel(text["creation_x"])
    ax.set_title(text["creation_title"], loc="left", pad=12)
    save(fig, path)
    plt.close(fig)


def size_formatter():
    from matplotlib.ticker import FuncFormatter
    return FuncFormatter(lambda v, _pos: fmt_bytes(v * MiB) if v > 0 else "")


def band_plot(ax, xs, stats, color, label, marker, linestyle="-"):
    meds = [s[0] for s in stats]
    ax.fill_between(xs, [s[1] for s in stats], [s[2] for s in stats], color=color, alpha=0.22,
                    linewidth=0)
    ax.plot(xs, meds, color=color, marker=marker, linestyle=linestyle, label=label)


def plot_memory(plt, rows, lang, scheme, path):
    from matplotlib.ticker import FixedLocator, NullFormatter
    t, text = style(plt, scheme), TEXT[lang]
    fig = plt.figure(figsize=(WIDTH / 72, HEIGHT / 72))
    ax = fig.add_axes((0.13, 0.14, 0.83, 0.76))
    styles = {"fork": (t["colors"][0], "o", "-"), "fork_call": (t["colors"][0], None, "--"),
              "posix_spawn": (t["colors"][1], "s", "-")}
    sizes = sorted({int(r["buffer_bytes"]) for r in rows})
    xs = [s / MiB for s in sizes]
    for m in MEMORY_METHODS:
        stats = [spread([int(r["nanoseconds"]) / 1000 for r in rows
                         if r["method"] == m and int(r["buffer_bytes"]) == s]) for s in sizes]
        color, marker, ls = styles[m]
        band_plot(ax, xs, stats, color, text["memory_labels"][m], marker, ls)
    ax.set_xscale("log", base=2)
    ax.set_yscale("log")
    # Labels at powers of 4 when there are many sizes, so that they do not collide.
    major = [x for x in xs if (int(x).bit_length() - 1) % 2 == 0] if len(xs) > 6 else xs
    ax.xaxis.set_major_locator(FixedLocator(major))
    ax.xaxis.set_major_formatter(size_formatter())
    ax.xaxis.set_minor_locator(FixedLocator(xs))
    ax.xaxis.set_minor_formatter(NullFormatter())
    log_time_axis(ax.yaxis)
    ax.grid(True, which="major")
    ax.set_xlabel(text["memory_x"])
    ax.set_ylabel(text["time_y"])
    ax.set_title(text["memory_title"], loc="left", pad=12)
    ax.legend(loc="upper left", frameon=False)
    ax.text(1.0, 0.02, text["band"], transform=ax.transAxes, ha="right", va="bottom",
            fontsize=12, color=t["muted"])
    save(fig, path)
    plt.close(fig)


def plot_cow(plt, rows, page_size, lang, scheme, path):
    from matplotlib.ticker import FixedLocator, NullFormatter, FuncFormatter
    t, text = style(plt, scheme), TEXT[lang]
    fig = plt.figure(figsize=(WIDTH / 72, HEIGHT / 72))
    ax = fig.add_axes((0.13, 0.14, 0.83, 0.76))
    pages = sorted({int(r["pages"]) for r in rows})
    for i, m in enumerate(COW_METHODS):
        stats = [spread([int(r["nanoseconds"]) / 1000 for r in rows
                         if r["method"] == m and int(r["pages"]) == n]) for n in pages]
        band_plot(ax, pages, stats, t["colors"][i], text["cow_labels"][m], "os"[i])
    ax.set_xscale("log", base=2)
    ax.set_yscale("log")
    major = [n for n in pages if (n.bit_length() - 1) % 4 == 0] if len(pages) > 6 else pages
    ax.xaxis.set_major_locator(FixedLocator(major))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _pos: fmt_count(int(round(v)))))
    ax.xaxis.set_minor_locator(FixedLocator(pages))
    ax.xaxis.set_minor_formatter(NullFormatter())
    log_time_axis(ax.yaxis)
    ax.grid(True, which="major")
    ax.set_xlabel(text["cow_x"].format(page=fmt_bytes(page_size)))
    ax.set_ylabel(text["cow_y"])
    ax.set_title(text["cow_title"], loc="left", pad=12)
    ax.legend(loc="upper left", frameon=False)
    ax.text(1.0, 0.02, text["band"], transform=ax.transAxes, ha="right", va="bottom",
            fontsize=12, color=t["muted"])
    save(fig, path)
    plt.close(fig)


def fit(xs, ys):
    """Least-squares slope and intercept."""
    return statistics.linear_regression(xs, ys) if len(xs) >= 2 else (0.0, ys[0] if ys else 0.0)


def fragments(creation, memory, cow, info):
    """Rows of the pages' tables: numbers and code only, so that both languages
    include the same files (the pages hold the headers, in their language)."""
    out = {}
    by = {}
    for r in creation:
        by.setdefault(r["method"], []).append(int(r["nanoseconds"]))
    thread = spread(by["thread"])[0] if by.get("thread") else None
    lines = []
    for m in CREATION_METHODS:
        if not by.get(m):
            continue
        med, p10, p90 = spread(by[m])
        lines.append(row(METHOD_CODE[m], fmt_time(med), fmt_range(p10, p90),
                         fmt_count(len(by[m])), fmt_ratio(med / thread) if thread else "–"))
    out["creation"] = lines

    sizes = sorted({int(r["buffer_bytes"]) for r in memory})
    stat = {}
    for m in MEMORY_METHODS:
        for s in sizes:
            stat[m, s] = spread([int(r["nanoseconds"]) for r in memory
                                 if r["method"] == m and int(r["buffer_bytes"]) == s])
    rss = {int(r["buffer_bytes"]): int(r["parent_rss_bytes"]) for r in memory}
    lines = []
    for s in sizes:
        f, c, p = stat["fork", s], stat["fork_call", s], stat["posix_spawn", s]
        lines.append(row(fmt_bytes(s), fmt_bytes(rss[s]),
                         f"{fmt_time(f[0])} ({fmt_range(f[1], f[2])})",
                         fmt_time(c[0]),
                         f"{fmt_time(p[0])} ({fmt_range(p[1], p[2])})",
                         fmt_ratio(f[0] / p[0])))
    out["fork-memory"] = lines

    # A straight line through the medians of the larger half of the sizes.
    big = sizes[len(sizes) // 2:] if len(sizes) >= 4 else sizes
    page = info["page_size"]
    lines = []
    for m in MEMORY_METHODS:
        slope, _ = fit([s / page for s in big], [stat[m, s][0] for s in big])
        lines.append(row(METHOD_CODE[m], fmt_time(slope, sign=True),
                         fmt_time(slope * (1 << 30) / page, sign=True),
                         f"{fmt_bytes(big[0])} – {fmt_bytes(big[-1])}" if big else "–"))
    out["fork-memory-fit"] = lines

    counts = sorted({int(r["pages"]) for r in cow})
    lines = []
    for n in counts:
        first, second = (spread([int(r["nanoseconds"]) for r in cow
                                 if r["method"] == m and int(r["pages"]) == n]) for m in COW_METHODS)
        lines.append(row(fmt_count(n), fmt_bytes(n * page),
                         f"{fmt_time(first[0])} ({fmt_range(first[1], first[2])})",
                         fmt_time(first[0] / n),
                         f"{fmt_time(second[0])} ({fmt_range(second[1], second[2])})",
                         fmt_time(second[0] / n)))
    out["cow"] = lines

    cpus = str(info["cpus"]) if info["cpus"] == info["cpus_usable"] else \
        f"{info['cpus_usable']} / {info['cpus']}"
    out["machine-hardware"] = [row(info["cpu_model"], info["architecture"], cpus,
                                   fmt_bytes(info["memory_bytes"]), fmt_bytes(info["page_size"]),
                                   f"`{info['transparent_hugepage']}`")]
    glibc = info["glibc"].removeprefix("glibc ")
    out["machine-software"] = [row(f"`{info['kernel']}`", glibc, info["python"],
                                   info["date"].split("T")[0], f"`{info['command']}`")]
    return {name: "\n".join(lines) + "\n" for name, lines in out.items()}


PLOTS = ("creation", "fork-memory", "cow")


def plot(args):
    data = Path(args.data) if args.data else ROOT / ASSETS.format(lang="en")
    root = Path(args.root) if args.root else ROOT
    creation = read_csv(data / "creation.csv")
    memory = read_csv(data / "fork-memory.csv")
    cow = read_csv(data / "cow.csv")
    info = json.loads((data / "machine.json").read_text(encoding="utf-8"))
    plt = setup_matplotlib()
    by = {}
    for r in creation:
        by.setdefault(r["method"], []).append(int(r["nanoseconds"]))
    for lang in LANGS:
        out = root / ASSETS.format(lang=lang)
        out.mkdir(parents=True, exist_ok=True)
        for scheme in SCHEMES:
            plot_creation(plt, by, lang, scheme, out / f"creation-{scheme}.svg")
            plot_memory(plt, memory, lang, scheme, out / f"fork-memory-{scheme}.svg")
            plot_cow(plt, cow, info["page_size"], lang, scheme, out / f"cow-{scheme}.svg")
    frag_dir = root / FRAGMENTS
    frag_dir.mkdir(parents=True, exist_ok=True)
    for name, text in fragments(creation, memory, cow, info).items():
        (frag_dir / f"{name}.md").write_text(text, encoding="utf-8")
    if not args.quiet:
        print(f"plots in {root / ASSETS.format(lang='{zh,en}')}, table rows in {frag_dir}",
              file=sys.stderr)


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="step", required=True)
    r = sub.add_parser("run", help="measure; write CSV files and machine.json")
    r.add_argument("--quick", action="store_true", help="tiny sizes and a few runs (the tests)")
    r.add_argument("--out", action="append", help="output folder (repeatable)")
    r.add_argument("--quiet", action="store_true")
    p = sub.add_parser("plot", help="write the SVG plots and the table rows from the data")
    p.add_argument("--data", help="folder with the CSV files and machine.json")
    p.add_argument("--root", help="where docs/ and snippets/ are (default: this repository)")
    p.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    if args.step == "run":
        run(args, argv)
    else:
        plot(args)


if __name__ == "__main__":
    main()
