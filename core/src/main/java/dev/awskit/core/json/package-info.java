/**
 * JSON with awskit's defaults: {@link dev.awskit.core.json.AwsKitJson} reads and writes with one shared mapper, and
 * its errors never quote the input (which may be secret).
 */
package dev.awskit.core.json;
