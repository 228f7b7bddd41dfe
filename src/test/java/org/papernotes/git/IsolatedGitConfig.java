package org.papernotes.git;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Keeps the machine's own git configuration (~/.gitconfig, /etc/gitconfig) out of a test: JGit reads empty user
 * and system configs instead, so each test's repositories say everything themselves.
 */
public final class IsolatedGitConfig implements BeforeEachCallback, AfterEachCallback {

    private SystemReader previous;
    private Path folder;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        folder = Files.createTempDirectory("papernotes-gitconfig");
        previous = SystemReader.getInstance();
        File user = folder.resolve("user-gitconfig").toFile();
        File system = folder.resolve("system-gitconfig").toFile();
        SystemReader.setInstance(new SystemReader.Delegate(previous) {
            @Override
            public FileBasedConfig openUserConfig(Config parent, FS fs) {
                return new FileBasedConfig(parent, user, fs);
            }

            @Override
            public FileBasedConfig openSystemConfig(Config parent, FS fs) {
                return new FileBasedConfig(parent, system, fs);
            }

            @Override
            public FileBasedConfig openJGitConfig(Config parent, FS fs) {
                return new FileBasedConfig(parent, folder.resolve("jgit-config").toFile(), fs);
            }
        });
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        SystemReader.setInstance(previous);
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
