#pragma once

class QObject;

namespace Sepakat {

// Cuts every connection from receiver's descendants to receiver. A page whose fields save on
// editingFinished calls it first in its destructor: closing hides the focused field, which
// then emits editingFinished, and Qt would deliver it to the page after the page's own
// destructor has run (undefined behaviour, which UBSan reports). Nothing typed is lost by it:
// closing the window hides it first, which moves the focus out while every page is whole
// (tst_mainwindow's closingSavesTheFieldBeingEdited).
void disconnectFromChildren(QObject *receiver);

} // namespace Sepakat
