/** Errors shaped like OfficeExtension.Error: a `code` and a message, as Excel raises them. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export function propertyNotLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
  );
}

export function itemNotFound(what: string): FakeOfficeError {
  return new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: ${what}`);
}

export function invalidArgument(why: string): FakeOfficeError {
  return new FakeOfficeError(
    "InvalidArgument",
    `The argument is invalid or missing or has an incorrect format: ${why}`
  );
}

export function invalidOperation(why: string): FakeOfficeError {
  return new FakeOfficeError(
    "InvalidOperation",
    `The operation is invalid for the object or its current state: ${why}`
  );
}
