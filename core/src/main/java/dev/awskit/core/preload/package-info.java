/**
 * The preload SPI: a module that caches something implements {@link dev.awskit.core.preload.PreloadSource} for its
 * section of a preload configuration file ({@code awskit-secrets} reads the file; {@code awskit-dynamodb} supplies
 * the {@code dynamodb} section's source). Applications register sources; they rarely implement one.
 */
package dev.awskit.core.preload;
