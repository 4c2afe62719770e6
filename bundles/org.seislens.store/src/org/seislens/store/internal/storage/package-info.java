/**
 * Where dataset files live: local directories through the default file system, and S3-compatible object storage
 * through a read-only {@link java.nio.file.spi.FileSystemProvider} for {@code s3://bucket/key} paths, so that the
 * layout, validator and readers work on both unchanged. Writing goes the other way: a dataset drafted in a local
 * staging directory is uploaded by {@link org.seislens.store.internal.storage.S3Publisher} with its metadata file
 * last, and {@link org.seislens.store.internal.storage.S3Leftovers} removes what interrupted uploads left. Requests
 * are signed with AWS Signature Version 4 and sent over kept-alive HTTP/1.1 connections of the store's own
 * (cheaper per request than {@code java.net.http}), retried on transient errors with backoff.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.seislens.store.internal.storage;
