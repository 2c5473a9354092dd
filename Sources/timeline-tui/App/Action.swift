/// What a key asks the viewer to do. `KeyBindings` maps keys to actions; `update` acts.
enum Action: Hashable, Sendable {
    case moveUp, moveDown, pageUp, pageDown, halfPageUp, halfPageDown, first, last
    case toggleDetail, previousEvent, nextEvent
    case scrollLeft, scrollRight
    case search, nextMatch, previousMatch
    case filter, clearFilter, closeOrClear
    case cycleZone, chooseZone
    case toggleRelative, setMark
    case goToTime
    case copy, toggleMouse
    case reload, follow
    case toggleBookmark, nextBookmark, previousBookmark, listBookmarks
    case toggleLanes, toggleLaneGrouping
    case export
    case help, closeHelp
    case quit
}
