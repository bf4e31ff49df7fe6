// Shim for the unpublished @conduit-client/jsonschema-validate: the parser only checks
// `error instanceof JsonSchemaViolationError` to word an invalid-config message.
export class JsonSchemaViolationError extends Error {
    constructor(message) {
        super(message);
        this.name = 'JsonSchemaViolationError';
    }
}
