package io.omnipim.catalog.product.media;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import io.omnipim.catalog.structure.core.StructureCache;
import io.omnipim.platform.errors.PimException;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Product media files: upload one into a product or product model value, read them back. The bytes go to the
 * {@link MediaStorage} first, outside any transaction (no database connection is held while a large file
 * streams); the media_file row and the value are then written in one transaction, so a refused value leaves no
 * row. The blob may stay: it is content-addressed, so it costs at most one copy and is reused by the next upload.
 */
@ApplicationScoped
public class MediaFileService {

    private final MediaStorage storage;
    private final MediaFileRepository files;
    private final StructureCache structure;
    private final Instance<MediaValueWriter> writers;
    private final MediaConfig config;

    public MediaFileService(MediaStorage storage, MediaFileRepository files, StructureCache structure,
            Instance<MediaValueWriter> writers, MediaConfig config) {
        this.storage = storage;
        this.files = files;
        this.structure = structure;
        this.writers = writers;
        this.config = config;
    }

    /** Stores the content as a new media file and sets it as the target's value; 422 when either is refused. */
    public MediaFile upload(String originalFilename, String mimeType, InputStream content, MediaTarget target) {
        MediaValueWriter writer = writer();
        MediaRules rules = MediaRules.of(structure.current().attribute(target.attribute()), target);
        String name = rules.originalName(originalFilename);
        String extension = MediaRules.extensionOf(name);
        rules.checkExtension(extension);
        BufferedInputStream in = new BufferedInputStream(content, 2 * MagicBytes.HEADER_BYTES);
        byte[] header = header(in);
        rules.checkContent(header);
        StoredBlob blob = storage.store(limited(in, rules));
        rules.checkSize(blob.size());
        MediaFile file = new MediaFile(MediaCode.generate(name), name, MediaRules.mimeType(header, mimeType, name),
                blob.size(), extension, blob.sha256(), null);
        // joins the caller's transaction if there is one (an import), so its rollback takes the row too
        return QuarkusTransaction.joiningExisting().call(() -> {
            MediaFile saved = files.insert(file);
            writer.attach(target, saved.code());
            return saved;
        });
    }

    /**
     * Stores a file for a value without setting it (imports set the value with the rest of the row). The same
     * content under the same name gives back the media file stored before, so importing a file twice changes
     * nothing.
     */
    public MediaFile store(String originalFilename, InputStream content, MediaTarget target) {
        MediaRules rules = MediaRules.of(structure.current().attribute(target.attribute()), target);
        String name = rules.originalName(originalFilename);
        String extension = MediaRules.extensionOf(name);
        rules.checkExtension(extension);
        BufferedInputStream in = new BufferedInputStream(content, 2 * MagicBytes.HEADER_BYTES);
        byte[] header = header(in);
        rules.checkContent(header);
        StoredBlob blob = storage.store(limited(in, rules));
        rules.checkSize(blob.size());
        return files.findSame(blob.sha256(), name).orElseGet(() -> files.insert(new MediaFile(
                MediaCode.generate(name), name, MediaRules.mimeType(header, null, name), blob.size(), extension,
                blob.sha256(), null)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MediaFile get(String code) {
        return files.find(code).orElseThrow(() -> PimException.notFound("Media file \"" + code + "\" does not exist."));
    }

    /** Page {@code page} (from 1) of {@code limit} media files, in code order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MediaFile> page(int page, int limit) {
        return files.page((long) (page - 1) * limit, limit);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return files.count();
    }

    /** Whether a media file with this code exists (for product value checks). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean exists(String code) {
        return files.find(code).isPresent();
    }

    /** The bytes of a media file; the caller closes the stream. */
    public InputStream download(String code) {
        return content(get(code));
    }

    /** The bytes of a media file already read; the caller closes the stream. */
    public InputStream content(MediaFile file) {
        if (!storage.exists(file.sha256())) {
            throw PimException.notFound("Media file \"" + file.code() + "\" is not present on the filesystem.");
        }
        return storage.open(file.sha256());
    }

    private MediaValueWriter writer() {
        if (writers.isUnsatisfied()) {
            throw new PimException(422, "Media files cannot be linked to products yet.");
        }
        return writers.get();
    }

    private static byte[] header(BufferedInputStream in) {
        try {
            in.mark(MagicBytes.HEADER_BYTES);
            byte[] header = in.readNBytes(MagicBytes.HEADER_BYTES);
            in.reset();
            return header;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploaded file", e);
        }
    }

    /** Refuses the bytes past the smaller of the attribute's limit (422) and the server's (413). */
    private InputStream limited(InputStream in, MediaRules rules) {
        long server = config.maxFileBytes();
        long attribute = rules.maxBytes().orElse(Long.MAX_VALUE);
        Supplier<PimException> overflow = attribute <= server
                ? rules::tooLarge
                : () -> new PimException(413, "The file is too large: the limit is " + server / (1024 * 1024)
                        + " MB.");
        return new LimitedInputStream(in, Math.min(server, attribute), overflow);
    }
}
