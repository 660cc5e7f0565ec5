// Owns the flags every bench browser gets, with or without the extension, so both sides compare alike: a page
// the browser thinks is in the background gets its frames at 1 s intervals, which once turned every "painted"
// timing of a run into about 1,000 ms.
export const FOREGROUND_ARGS: readonly string[] = ['--disable-renderer-backgrounding', '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows'];
