using System.Security.Cryptography;
using System.Text;

namespace Hotline.Storage.Protection;

/// <summary>
/// Encrypts personal fields (phone numbers, message bodies, conversation state) with AES-256-GCM, and makes keyed
/// look-up hashes (HMAC-SHA256) so a number can be found without storing it in clear. Both keys are derived from one
/// master key with HKDF, so the encryption key never doubles as the hashing key.
/// Layout of a ciphertext: version (1) | nonce (12) | tag (16) | ciphertext. The purpose ("messages.body") is bound
/// as associated data, so a value copied into another column does not decrypt.
/// </summary>
public sealed class FieldProtector
{
    private const byte Version = 1;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] _encryptionKey;
    private readonly byte[] _lookupKey;
    private readonly byte[] _checkKey;
    // An AesGcm instance holds the expanded key (an OpenSSL context): one per thread instead of one per call.
    private readonly ThreadLocal<AesGcm> _aes;

    public FieldProtector(byte[] masterKey)
    {
        if (masterKey.Length != 32) throw new ArgumentException("The encryption key must be 32 bytes (base64 of 32 random bytes).", nameof(masterKey));
        _encryptionKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, 32, info: "hotline field encryption v1"u8.ToArray());
        _lookupKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, 32, info: "hotline lookup hash v1"u8.ToArray());
        _checkKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, 32, info: "hotline key check v1"u8.ToArray());
        _aes = new ThreadLocal<AesGcm>(() => new AesGcm(_encryptionKey, TagSize));
    }

    public static FieldProtector FromBase64(string base64Key)
    {
        byte[] key;
        try { key = Convert.FromBase64String(base64Key.Trim()); }
        catch (FormatException) { throw new ArgumentException("Hotline:EncryptionKey is not valid base64."); }
        return new FieldProtector(key);
    }

    public byte[] Encrypt(string plaintext, string purpose)
    {
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[1 + NonceSize + TagSize + plain.Length];
        output[0] = Version;
        var nonce = output.AsSpan(1, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        _aes.Value!.Encrypt(nonce, plain, output.AsSpan(1 + NonceSize + TagSize), output.AsSpan(1 + NonceSize, TagSize), Encoding.UTF8.GetBytes(purpose));
        return output;
    }

    public string Decrypt(byte[] ciphertext, string purpose)
    {
        if (ciphertext.Length < 1 + NonceSize + TagSize || ciphertext[0] != Version)
            throw new CryptographicException("Unknown ciphertext format.");
        var plain = new byte[ciphertext.Length - 1 - NonceSize - TagSize];
        _aes.Value!.Decrypt(ciphertext.AsSpan(1, NonceSize), ciphertext.AsSpan(1 + NonceSize + TagSize), ciphertext.AsSpan(1 + NonceSize, TagSize), plain, Encoding.UTF8.GetBytes(purpose));
        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>The keyed hash used to find a contact by address without storing the address in clear.</summary>
    public byte[] LookupHash(string value) => HMACSHA256.HashData(_lookupKey, Encoding.UTF8.GetBytes(value));

    /// <summary>A key check value: HMAC of a fixed text under a key of its own derived from the master key. Stored once
    /// in the database, it tells at start-up whether the configured key is the one the data was written with, without
    /// revealing anything about the key or the data.</summary>
    public byte[] KeyCheckValue() => HMACSHA256.HashData(_checkKey, "hotline encryption key check"u8);
}
