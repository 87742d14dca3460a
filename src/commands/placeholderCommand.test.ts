import { placeholderCommand } from "./placeholderCommand";

function fakeEvent() {
  const event = { completions: 0, completed: () => void event.completions++ };
  return event;
}

describe("placeholderCommand", () => {
  it("opens the pane when Office can, then completes the event once", async () => {
    const event = fakeEvent();
    const showAsTaskpane = jest.fn(() => Promise.resolve());
    await placeholderCommand({ showAsTaskpane }, event);
    expect(showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(event.completions).toBe(1);
  });

  it("still completes the event when opening the pane fails", async () => {
    const event = fakeEvent();
    await placeholderCommand(
      { showAsTaskpane: () => Promise.reject(new Error("no shared runtime")) },
      event
    );
    expect(event.completions).toBe(1);
  });

  it("completes the event when Office has no showAsTaskpane", async () => {
    const event = fakeEvent();
    await placeholderCommand(undefined, event);
    await placeholderCommand({}, event);
    expect(event.completions).toBe(2);
  });
});
