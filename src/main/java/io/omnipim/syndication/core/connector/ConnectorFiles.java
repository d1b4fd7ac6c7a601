package io.omnipim.syndication.core.connector;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** The definition files of the connectors folder: {@code *.yaml}, {@code *.yml}, {@code *.json}, by name. */
final class ConnectorFiles {

    private ConnectorFiles() {
    }

    /**
     * One file's content.
     *
     * @param name as messages show it: {@code connectors/google-shopping.yaml}
     */
    record DefinitionFile(String name, String text, String hash) {
    }

    static List<DefinitionFile> read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> paths = files.filter(Files::isRegularFile).filter(ConnectorFiles::isDefinition).sorted()
                    .toList();
            List<DefinitionFile> out = new ArrayList<>();
            for (Path path : paths) {
                String text = Files.readString(path, StandardCharsets.UTF_8);
                out.add(new DefinitionFile(dir.getFileName() + "/" + path.getFileName(), text, sha256(text)));
            }
            return out;
        }
    }

    private static boolean isDefinition(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
