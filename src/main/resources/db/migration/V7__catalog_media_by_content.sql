-- Imports reuse a media file with the same content and name instead of storing it again.
CREATE INDEX media_file_sha256_idx ON media_file (sha256);
