// Shim for the unpublished @conduit-client/utils: the parser uses a Result with
// isOk()/isErr() and .value/.error, built by ok()/err(), and logError() for internal errors.
class Ok {
    constructor(value) {
        this.value = value;
    }
    isOk() {
        return true;
    }
    isErr() {
        return false;
    }
}

class Err {
    constructor(error) {
        this.error = error;
    }
    isOk() {
        return false;
    }
    isErr() {
        return true;
    }
}

export const ok = (value) => new Ok(value);
export const err = (error) => new Err(error);
export function logError(error) {
    // The parser logs before it turns an internal error into a GraphQL error response.
    console.error(error);
}
