/**
 * Seed 000's letter generator ("Unit Testing AWS Lambda with Python and Mock AWS Services"), in Java: start with
 * {@link dev.awskit.examples.letters.LetterGenerator}, which is handed its table ({@link
 * dev.awskit.examples.letters.LetterTexts}) and its bucket ({@link dev.awskit.examples.letters.LetterStore}) instead
 * of reaching for globals, so it is unit-tested with in-memory doubles and then run on moto unchanged.
 */
package dev.awskit.examples.letters;
