#pragma once

#include "review/reviewdecision.h"
#include "review/reviewpackage.h"

#include <optional>

class QWidget;

namespace Sepakat {

class BookDocument;

// The file side of a review between laptops, shared by the Offer and Review pages: asks for a
// file name, reads or writes atomically, and tells the user plainly what happened.
namespace ReviewFileDialogs {

// Send for review: writes the package where the user says. False when cancelled or it failed.
bool savePackage(QWidget *parent, const ReviewPackage &package);
// Open review package: nullopt when cancelled or the file is refused (the user was told why).
std::optional<ReviewPackage> openPackage(QWidget *parent);
// Return decision: writes the decision file where the user says.
bool saveDecision(QWidget *parent, const ReviewDecision &decision);
// Import decision: applies a decision file to the book; a refusal changes nothing and says why.
bool importDecision(QWidget *parent, BookDocument *document);

} // namespace ReviewFileDialogs

} // namespace Sepakat
