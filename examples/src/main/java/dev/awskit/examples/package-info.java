/**
 * The example scenarios, one per seed document, as programs: {@link dev.awskit.examples.Scenarios} lists them,
 * {@link dev.awskit.examples.ExamplesCommand} runs them ({@code list}, {@code run NAME...}, {@code --endpoint},
 * {@code --region}, {@code --profile}) against a moto it starts or any endpoint. Each scenario implements
 * {@link dev.awskit.examples.Scenario} and prints its steps through {@link dev.awskit.examples.ScenarioContext}.
 */
package dev.awskit.examples;
