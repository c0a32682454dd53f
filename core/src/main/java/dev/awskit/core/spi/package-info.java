/**
 * The service-provider interface that awskit's modules share: small mechanisms more than one module needs (a chain
 * of cancellable async stages, the daemon scheduler a component owns, a loaded record with derived views, JSON read
 * out of secret text, input preconditions).
 *
 * <p><b>For awskit modules and extensions, not for applications.</b> These types are public so that modules can
 * share them without importing each other's {@code internal} packages; they may change in any release without
 * notice. Applications use the module APIs ({@code SsmAutomationHelper}, {@code SecretCache}, ...) instead.
 */
package dev.awskit.core.spi;
