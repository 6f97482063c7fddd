#pragma once

// Turns a non-2xx HttpResponse of each service into the one Error value, reading that service's error
// body (protocol reference §1.2, §3.7, §5.2, §6.1). A body that is not the expected shape still gives an
// Error{Http} carrying the status and the body text as message.

#include "core/Error.h"
#include "supabase/HttpRequest.h"

namespace helpdesk {

// PostgREST: {"code","message","details","hint"} → Error{Api}.
Error postgrestError(const HttpResponse& response);
// GoTrue: shape A {"code","message"}, legacy B {"code":<int>,"error_code","msg"}, OAuth C
// {"error","error_description"} → Error{Api}.
Error goTrueError(const HttpResponse& response);
// Storage: {"statusCode":"404","code"|"error","message"} → Error{Api}.
Error storageError(const HttpResponse& response);
// Edge functions (FunctionsHttpError / FunctionsRelayError): the function's JSON {"error"|"message"|"msg",
// "code"?} or text → Error{Api} when a message could be read, else Error{Http}.
Error functionsError(const HttpResponse& response);

} // namespace helpdesk
