namespace Boutique.Data.Common;

/// <summary>
/// Thrown when an operation would break a business rule (e.g. selling more than is in stock).
/// The message is a sentence that can be shown to the person who asked for the operation.
/// </summary>
public class DomainException(string message) : Exception(message);
