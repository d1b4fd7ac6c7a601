package io.omnipim.platform.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jboss.logging.Logger;

/**
 * The account Elasticsearch runs under when the server runs as root (Elasticsearch refuses root). It is
 * {@value #NAME}, created on first use, or {@code nobody} where accounts cannot be created.
 */
final class UnprivilegedAccount {

    static final String NAME = "pim-es";
    private static final Logger LOG = Logger.getLogger(UnprivilegedAccount.class);

    final String name;

    private UnprivilegedAccount(String name) {
        this.name = name;
    }

    static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    static UnprivilegedAccount findOrCreate() {
        if (exists(NAME) || create(NAME)) {
            return new UnprivilegedAccount(NAME);
        }
        LOG.warnf("could not create the account %s; Elasticsearch runs as nobody", NAME);
        return new UnprivilegedAccount("nobody");
    }

    private static boolean exists(String user) {
        return run(List.of("id", "-u", user));
    }

    private static boolean create(String user) {
        for (String useradd : List.of("/usr/sbin/useradd", "/sbin/useradd", "useradd")) {
            if (run(List.of(useradd, "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", user))) {
                LOG.infof("created the unprivileged account %s to run Elasticsearch", user);
                return true;
            }
        }
        // BusyBox (Alpine) has adduser instead
        return run(List.of("adduser", "-S", "-H", "-D", user));
    }

    private static boolean run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Whether this account can walk down to {@code dir}: every parent needs the others' execute bit. */
    boolean canReach(Path dir) {
        for (Path p = dir.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            try {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
                boolean ownedByUs = Files.getOwner(p).getName().equals(name);
                if (!perms.contains(PosixFilePermission.OTHERS_EXECUTE) && !ownedByUs) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    /** Hands a whole tree to this account. */
    void own(Path dir) throws IOException {
        UserPrincipalLookupService lookup = dir.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal user = lookup.lookupPrincipalByName(name);
        GroupPrincipal group = groupOf(lookup);
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.forEach(paths::add);
        }
        for (Path p : paths) {
            PosixFileAttributeView view = Files.getFileAttributeView(p, PosixFileAttributeView.class,
                    java.nio.file.LinkOption.NOFOLLOW_LINKS);
            if (!view.getOwner().equals(user)) {
                view.setOwner(user);
                if (group != null) {
                    view.setGroup(group);
                }
            }
        }
    }

    private GroupPrincipal groupOf(UserPrincipalLookupService lookup) {
        for (String candidate : List.of(name, "nogroup", "nobody")) {
            try {
                return lookup.lookupPrincipalByGroupName(candidate);
            } catch (IOException notThere) {
                // try the next name
            }
        }
        return null;
    }

    /** The command prefix that runs a program as this account, keeping the environment. */
    List<String> commandPrefix() {
        if (Files.isExecutable(Path.of("/usr/bin/setpriv")) || Files.isExecutable(Path.of("/bin/setpriv"))) {
            return List.of("setpriv", "--reuid=" + name, "--regid=" + primaryGroup(), "--clear-groups", "--");
        }
        return List.of("runuser", "-u", name, "--");
    }

    private String primaryGroup() {
        try {
            Process p = new ProcessBuilder("id", "-g", name).redirectErrorStream(true).start();
            String gid = new String(p.getInputStream().readAllBytes()).trim();
            p.waitFor(10, TimeUnit.SECONDS);
            return gid.isEmpty() ? "nogroup" : gid;
        } catch (IOException e) {
            return "nogroup";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "nogroup";
        }
    }
}
