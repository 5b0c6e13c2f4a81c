using System.Security.Cryptography;

namespace InkoopPortal.Application.Accounts;

/// <summary>Strong random passwords for the first administrator and for accounts created without a chosen password.</summary>
public static class PasswordGenerator
{
    // No look-alikes (0/O, 1/l/I): the password is read from a screen and typed over.
    private const string Alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789-_.!?";

    public const int Length = 20;

    public static string Generate() => RandomNumberGenerator.GetString(Alphabet, Length);
}
