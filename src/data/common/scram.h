#pragma once

// SCRAM-SHA-256 (RFC 5802, RFC 7677) on the client's side, as PostgreSQL stores and checks passwords:
// the verifier an admin or a person sets (the clear text never reaches the server or its statement
// log) and the client proof with which a person proves the password to the server on a connection that
// is already open (an electronic signature, see FreshConnection).

#include <QByteArray>
#include <QString>

namespace cs::data::scram {

// Whether the password is one PostgreSQL's SCRAM takes byte for byte (printable ASCII, which its
// SASLprep leaves as it is); other passwords go to the server as they are, which then does the work.
bool computableHere(const QString& password);

// The verifier "SCRAM-SHA-256$4096:salt$StoredKey:ServerKey" for a new password (a random salt);
// empty when the password is shorter than 8 characters or not computableHere().
QString verifier(const QString& password);

// The client proof (32 bytes) of `password` for `message`, with the salt and iteration count of the
// login's stored verifier: ClientKey XOR HMAC(StoredKey, message). Empty when it could not be computed.
QByteArray clientProof(const QString& password, const QByteArray& salt, int iterations, const QByteArray& message);

} // namespace cs::data::scram
