package org.papernotes.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the library lives when no {@code --library} is given: the platform's per-user data folder. */
public final class LibraryLocation {

    public static final String FILE_NAME = "library.db";

    private LibraryLocation() {
    }

    public static Path defaultLibrary() {
        return defaultLibrary(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
    }

    static Path defaultLibrary(String osName, Map<String, String> env, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
            return base.resolve("PaperNotes").resolve(FILE_NAME);
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "PaperNotes", FILE_NAME);
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("papernotes").resolve(FILE_NAME);
    }
}
