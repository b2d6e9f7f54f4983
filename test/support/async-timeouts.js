// The pane's component tests render Fluent UI in jsdom; on a busy two-core machine a render can take seconds.
// Give waits and tests room so that they fail on what the user would see, not on the machine's load.
require("@testing-library/dom").configure({ asyncUtilTimeout: 10000 });
