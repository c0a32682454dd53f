/**
 * Condition, key-condition and update expressions, in the spirit of boto3's {@code Key} and {@code Attr}: start
 * with {@link dev.awskit.dynamodb.expression.Attr} (conditions and filters),
 * {@link dev.awskit.dynamodb.expression.Key} (query key conditions) and
 * {@link dev.awskit.dynamodb.expression.Update} (update expressions). Names and values always travel as
 * placeholders, so reserved words as attribute names just work.
 */
package dev.awskit.dynamodb.expression;
