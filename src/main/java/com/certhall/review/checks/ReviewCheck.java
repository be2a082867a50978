package com.certhall.review.checks;

import com.certhall.review.ReviewReason;
import java.util.List;

/** One named automatic check: the reasons an order needs a reviewer, empty when it passes. */
public interface ReviewCheck {

    List<ReviewReason> check(ReviewFacts facts);
}
