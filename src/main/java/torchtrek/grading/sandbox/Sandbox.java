package torchtrek.grading.sandbox;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How worker JVMs are started: inside bubblewrap (a private mount, PID, network and IPC namespace
 * that shows only the JDK, TorchTrek's jars and the student's scratch folder) where it works, and
 * otherwise as a plain child process, which is said loudly ({@link #description()}). Where the
 * grader runs as root, each worker slot also gets a user id of its own, so that the process limit
 * counts that slot's threads and processes only.
 *
 * @param launcher   the java launcher
 * @param classPath  what the worker loads: the runtime and the handler, never a solution
 * @param isolated   whether bubblewrap is used
 * @param ownUsers   whether each slot runs as its own user id (needs root, setpriv and prlimit)
 * @param jvmOptions more options for the worker JVM (a start-up cache)
 * @param readable   files outside the scratch folder that the worker reads (the start-up cache)
 */
public record Sandbox(Path launcher, List<Path> classPath, boolean isolated, boolean ownUsers, List<String> jvmOptions,
                      List<Path> readable) {
    /** Where the scratch folder appears inside the sandbox. */
    public static final String HOME = "/home/student";
    /** Slot {@code n} runs as user id {@code FIRST_UID + n}. */
    static final int FIRST_UID = 61000;

    public Sandbox {
        classPath = List.copyOf(classPath);
        jvmOptions = List.copyOf(jvmOptions);
        readable = List.copyOf(readable);
    }

    /** This sandbox with {@code options} added to the worker JVM's and {@code files} readable inside. */
    public Sandbox with(List<String> options, List<Path> files) {
        List<String> o = new ArrayList<>(jvmOptions);
        o.addAll(options);
        List<Path> r = new ArrayList<>(readable);
        r.addAll(files);
        return new Sandbox(launcher, classPath, isolated, ownUsers, o, r);
    }

    /** Whether to use bubblewrap: where it works (AUTO), always (REQUIRED: fail where it does not), or never (NONE). */
    public enum Mode { AUTO, REQUIRED, NONE }

    /** The sandbox for a worker running {@code classPath} with this JVM's launcher, as {@code mode} asks. */
    public static Sandbox detect(List<Path> classPath, Mode mode) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        boolean root = "root".equals(System.getProperty("user.name"));
        boolean ownUsers = root && onPath("setpriv") && onPath("prlimit");
        boolean isolated = mode != Mode.NONE && bubblewrapWorks();
        if (!isolated && mode == Mode.REQUIRED) {
            throw new IllegalStateException("bubblewrap (bwrap) is not installed or cannot create namespaces here; "
                + "install it (Debian/Ubuntu: apt-get install bubblewrap) or pass --sandbox=none to grade without one");
        }
        return new Sandbox(java, classPath, isolated, ownUsers, List.of(), List.of());
    }

    /**
     * The sandbox to use with {@code workDir} as the parent of the scratch folders. Without
     * bubblewrap, a worker running as a slot's own user must be able to read its class path, so
     * the class path is copied there, readable by all (this JVM's may sit in root's home).
     */
    public Sandbox prepare(Path workDir) throws IOException {
        Files.setPosixFilePermissions(workDir, PosixFilePermissions.fromString("rwx--x--x"));
        if (isolated || !ownUsers) return this;
        List<Path> staged = new ArrayList<>();
        for (int i = 0; i < classPath.size(); i++) {
            Path entry = classPath.get(i);
            Path copy = workDir.resolve("lib").resolve(i + "-" + entry.getFileName());
            Scratch.copyReadable(entry, copy);
            staged.add(copy);
        }
        Files.setPosixFilePermissions(workDir.resolve("lib"), PosixFilePermissions.fromString("rwxr-xr-x"));
        return new Sandbox(launcher, staged, false, true, jvmOptions, readable);
    }

    /** One line for logs and reports saying how student code is contained. */
    public String description() {
        if (isolated) {
            return "sandbox: bubblewrap (no network, private /tmp, only the student's scratch folder writable"
                + (ownUsers ? ", one user id and a process limit per worker" : "") + ")";
        }
        if (ownUsers) {
            return "WARNING: running WITHOUT a sandbox (no bubblewrap): student code runs as a user of its own, so it cannot "
                + "write the grader's files, but it can read every file readable by all users and use the network";
        }
        return "WARNING: running WITHOUT a sandbox (no bubblewrap): student code can read and write every file this user can "
            + "and use the network; only the time, memory and output limits apply";
    }

    /**
     * The command that starts a worker for slot {@code slot} with {@code scratch} as the student's
     * folder. Inside bubblewrap started as root, the mounts are made as root (so every bound path is
     * readable) and the worker then drops to the slot's user; otherwise the user is dropped first.
     */
    public List<String> command(int slot, Path scratch, Limits limits, String handlerClass) {
        List<String> cmd = new ArrayList<>();
        if (isolated && !ownUsers) cmd.addAll(prlimit(limits));
        if (isolated) cmd.addAll(bubblewrap(scratch));
        if (ownUsers) {
            int uid = FIRST_UID + slot;
            cmd.addAll(List.of("setpriv", "--reuid=" + uid, "--regid=" + uid, "--clear-groups", "--no-new-privs", "--"));
        }
        if (!isolated || ownUsers) cmd.addAll(prlimit(limits));
        String home = isolated ? HOME : scratch.toString();
        String tmp = isolated ? "/tmp" : scratch.resolve(".tmp").toString();
        cmd.addAll(java(limits));
        cmd.addAll(List.of("-Djava.io.tmpdir=" + tmp, "-D" + WorkerMain.TIMEOUT_PROPERTY + "=" + limits.timeout().toMillis(),
            "-Duser.home=" + home, "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", WorkerMain.class.getName(), handlerClass));
        return cmd;
    }

    /** The launcher with the worker JVM's options and class path: what a start-up cache must be made with too. */
    List<String> java(Limits limits) {
        List<String> cmd = new ArrayList<>(List.of(launcher.toString(), "-Xmx" + limits.heapMb() + "m", "-XX:+ExitOnOutOfMemoryError",
            "-XX:+UseSerialGC", "-XX:ActiveProcessorCount=1", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData",
            "-XX:CompressedClassSpaceSize=128m", "-XX:ReservedCodeCacheSize=64m", "-Xss4m"));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList())));
        return cmd;
    }

    private List<String> prlimit(Limits limits) {
        if (!onPath("prlimit")) return List.of();
        List<String> p = new ArrayList<>(List.of("prlimit", "--as=" + limits.addressSpaceBytes(), "--fsize=" + (64L << 20),
            "--core=0"));
        if (ownUsers) p.add("--nproc=" + limits.processes());
        p.add("--");
        return p;
    }

    private List<String> bubblewrap(Path scratch) {
        List<String> b = new ArrayList<>(List.of("bwrap", "--die-with-parent", "--new-session"));
        // As root, a user namespace would leave no user to drop to: the other namespaces suffice there.
        b.addAll(ownUsers ? List.of("--unshare-ipc", "--unshare-pid", "--unshare-net", "--unshare-uts", "--unshare-cgroup-try")
            : List.of("--unshare-all", "--cap-drop", "ALL"));
        // /tmp first: a mount made later on a path under it (a class path in /tmp) must stay visible.
        b.addAll(List.of("--proc", "/proc", "--dev", "/dev", "--perms", "1777", "--size", String.valueOf(64L << 20),
            "--tmpfs", "/tmp", "--ro-bind", "/usr", "/usr"));
        for (String link : List.of("bin", "lib", "lib64", "sbin")) {
            Path p = Path.of("/" + link);
            if (Files.isSymbolicLink(p)) {
                try {
                    b.addAll(List.of("--symlink", Files.readSymbolicLink(p).toString(), p.toString()));
                } catch (IOException e) {
                    throw new IllegalStateException("cannot read the link " + p, e);
                }
            } else if (Files.isDirectory(p)) {
                b.addAll(List.of("--ro-bind", p.toString(), p.toString()));
            }
        }
        List<Path> mounts = new ArrayList<>();
        Path javaHome = launcher.getParent().getParent();
        if (!javaHome.startsWith("/usr")) mounts.add(javaHome);
        mounts.addAll(classPath);
        mounts.addAll(readable);
        // Folders bwrap makes on the way to a mount point are private to root; the worker's user must enter them.
        java.util.Set<Path> parents = new java.util.TreeSet<>();
        for (Path m : mounts) {
            for (Path p = m.getParent(); p != null && p.getParent() != null && !p.startsWith("/usr"); p = p.getParent()) parents.add(p);
        }
        for (Path p : parents) b.addAll(List.of("--perms", "0755", "--dir", p.toString()));
        for (Path m : mounts) b.addAll(List.of("--ro-bind", m.toString(), m.toString()));
        b.addAll(List.of("--bind", scratch.toString(), HOME, "--chdir", HOME, "--clearenv",
            "--setenv", "HOME", HOME, "--setenv", "PATH", "/usr/bin:/bin", "--setenv", "LANG", "C.UTF-8",
            "--setenv", "MALLOC_ARENA_MAX", "2", "--"));
        return b;
    }

    private static boolean bubblewrapWorks() {
        if (!onPath("bwrap")) return false;
        List<String> cmd = List.of("bwrap", "--unshare-all", "--die-with-parent", "--ro-bind", "/", "/", "true");
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) return true;
        }
        return false;
    }
}
