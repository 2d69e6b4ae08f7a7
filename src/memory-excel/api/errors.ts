// Errors shaped like office.js's OfficeExtension.Error, so code written for real Excel (which checks
// `error.code`) behaves the same here. The text is Excel's own (en-US), as the real API gives it; the
// adapter turns codes into Indonesian messages for users.

export const ErrorCodes = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidReference: "InvalidReference",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  notImplemented: "NotImplemented",
  propertyNotLoaded: "PropertyNotLoaded",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
} as const;
export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

export class ExcelApiError extends Error {
  readonly code: ErrorCode;
  readonly debugInfo: { code: ErrorCode; message: string; errorLocation?: string };
  readonly traceMessages: string[] = [];

  constructor(code: ErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
    Object.setPrototypeOf(this, ExcelApiError.prototype);
  }
}

export function propertyNotLoaded(property: string, location: string): ExcelApiError {
  return new ExcelApiError(
    ErrorCodes.propertyNotLoaded,
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${location}.${property}`
  );
}

export function itemNotFound(location: string): ExcelApiError {
  return new ExcelApiError(
    ErrorCodes.itemNotFound,
    "The requested resource doesn't exist.",
    location
  );
}

export function invalidArgument(message: string, location: string): ExcelApiError {
  return new ExcelApiError(ErrorCodes.invalidArgument, message, location);
}
